__version__ = "0.1.0"

# The public API (lesson 08b, `textbrush.hub`), imported on first use so that `import textbrush` stays light.
_PUBLIC = ('pretrained', 'generate', 'load_model')

def __getattr__(name):
    if name in _PUBLIC:
        from . import hub
        return getattr(hub, name)
    raise AttributeError(f"module 'textbrush' has no attribute {name!r}")

def __dir__(): return sorted(list(globals()) + list(_PUBLIC))
