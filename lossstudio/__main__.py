"""``python -m lossstudio``: the same as the ``lossstudio`` command."""

import sys

from lossstudio.app import main

if __name__ == "__main__":
    sys.exit(main())
