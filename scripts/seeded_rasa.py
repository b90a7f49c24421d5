"""Run the `rasa` command with fixed random seeds.

Rasa's NLU cross-validation shuffles the folds with NumPy's global random state and no seed
(rasa/nlu/test.py, generate_folds), so two runs on the same data differ by a few points of
macro-F1. The evaluation gate compares against a baseline, so the folds must be the same
every run: seed first, then hand over to Rasa's own command line.

usage: python -m scripts.seeded_rasa test nlu --cross-validation ...
"""

import random
import sys

import numpy as np

SEED = 42

if __name__ == "__main__":
    random.seed(SEED)
    np.random.seed(SEED)
    from rasa.__main__ import main

    sys.argv[0] = "rasa"
    main()
