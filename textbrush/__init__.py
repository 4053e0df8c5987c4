__version__ = "0.1.0"

# The public API (lesson 08b, `textbrush.hub`), imported on first use so that `import textbrush` stays light.
_PUBLIC = ('pretrained', 'generate', 'load_model')
# The lessons' modules, also imported on first use: `import textbrush; textbrush.clip.zero_shot(...)` works.
_MODULES = ('core', 'checkpoint', 'learner', 'attention', 'transformer', 'gpt', 'vit', 'metrics', 'ddpm', 'ddim', 'uvit',
            'unet', 'cfg', 'hub', 'cli', 'clip')

def __getattr__(name):
    if name in _PUBLIC:
        from . import hub
        return getattr(hub, name)
    if name in _MODULES:
        import importlib
        return importlib.import_module(f'{__name__}.{name}')
    raise AttributeError(f"module 'textbrush' has no attribute {name!r}")

def __dir__(): return sorted(list(globals()) + list(_PUBLIC) + list(_MODULES))
