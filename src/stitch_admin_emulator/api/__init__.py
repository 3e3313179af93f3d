"""The Admin API operations, one module per resource family (gathered by `registry`)."""
