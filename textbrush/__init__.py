__version__ = "0.1.0"

# The public API, imported on first use so that `import textbrush` stays light:
# `pretrained` (lesson 08b, shipped weights), `load_model` (lesson 00a, any checkpoint), `generate` (lesson 08, any denoiser).
_PUBLIC = {'pretrained': 'hub', 'load_model': 'checkpoint', 'generate': 'guidance'}
# The lessons' modules, also imported on first use: `import textbrush; textbrush.clip.zero_shot(...)` works.
_MODULES = ('core', 'checkpoint', 'learner', 'viz', 'attention', 'transformer', 'gpt', 'efficient_attention', 'vit', 'metrics',
            'ddpm', 'ddim', 'uvit', 'unet', 'guidance', 'hub', 'clip', 'text2img', 'cli')

def __getattr__(name):
    import importlib
    if name in _PUBLIC: return getattr(importlib.import_module(f'{__name__}.{_PUBLIC[name]}'), name)
    if name in _MODULES: return importlib.import_module(f'{__name__}.{name}')
    raise AttributeError(f"module 'textbrush' has no attribute {name!r}")

def __dir__(): return sorted(list(globals()) + list(_PUBLIC) + list(_MODULES))
