"""Facts about amounts: what each measures, its role, reference, period and holder (issue #16)."""
