"""carecli: a shift companion for customer-care agents."""

__version__ = "0.1.0"
