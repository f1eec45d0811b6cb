"""One module per command; each registers itself on ``gsscb_cli.cli.app``."""
