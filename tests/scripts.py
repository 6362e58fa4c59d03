"""The modules of scripts/ (benchmarks, generators, the reference builder), loaded by the tests as the scripts load
one another: by file, registered under their name."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def script_module(name: str, monkeypatch=None) -> ModuleType:
    """scripts/<name>.py as a module. It is registered in sys.modules (through `monkeypatch` when given, which
    removes it after the test): dataclasses resolve their annotations there, and one script imports another so."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    if monkeypatch is not None:
        monkeypatch.setitem(sys.modules, name, module)
    else:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
