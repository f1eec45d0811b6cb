"""One module per command; ``gsscb_cli.cli.COMMANDS`` lists them (a line per command).

A command module never imports ``gsscb_cli.cli``: it defines plain functions with typer
options, imports only typer, ``gsscb_cli.options`` and the like at the top, and imports
what the command needs (loading, rules, rendering) inside the function, so ``gsscb
--help`` and every other command stay fast.
"""
