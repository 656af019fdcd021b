"""The scrubber behind carecli.scrub: see that module for the public API and the algorithm."""
