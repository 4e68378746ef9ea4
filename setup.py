"""Copy the top-level ``resources/`` into the package when building a wheel.

The source tree keeps ``resources/`` beside ``lossstudio/`` (DESIGN.md); a regular (non-editable)
install has no source tree, so the build puts a copy at ``lossstudio/_resources``, which
``lossstudio.resources`` looks for. Everything else about the package is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "lossstudio" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree("resources", target, ignore=shutil.ignore_patterns("*.ts", "*.tex"))


setup(cmdclass={"build_py": BuildWithResources})
