"""The numbers of chapter 3, in pure numpy: no Qt, no I/O, no global state.

Modules: :mod:`.losses` (the six sample losses), :mod:`.regression` (the chapter's MSE
for a line fit; the data's sufficient statistics in :mod:`.moments`), :mod:`.classification`
(entropy, KL divergence, cross-entropy), :mod:`.descent` (optimizers with torch.optim's
rules), :mod:`.datasets` (the chapter's data).
"""

from . import classification, datasets, descent, losses, regression

__all__ = ["classification", "datasets", "descent", "losses", "regression"]
