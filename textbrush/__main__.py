# `python -m textbrush ...` (and `torchrun ... -m textbrush train ...`): the same as the `textbrush` command.
# Written by hand, like __init__.py: nbdev exports one module per notebook and has no cell for a package's __main__.
from textbrush.cli import main

main()
