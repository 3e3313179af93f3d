"""stitch_admin_emulator: a stateful local server that behaves like the Stitch Admin API v3.0."""
