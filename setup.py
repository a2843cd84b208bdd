"""Build the optional compiled segmenter core; everything else is in pyproject.toml.

``pip install -e .`` compiles ``corpus_tools/_segcore.c`` (plain C, Python's C API only)
and ``corpus_tools/_nercore.c`` (the character NER model's greedy decoding, see ``corpus_tools/_charner.py``;
without it spaCy's own decoder runs, same output; and the hash-embedding CNN's fused maxout + layer
norm, see ``corpus_tools/nlp/tok2vec.py``, NumPy without it, same floats). ``-ffp-contract=off`` keeps
gcc from fusing multiplies and adds, which would change the last bits; ``-fno-wrapv`` undoes the
``-fwrapv`` of Python's own flags, under which gcc vectorised the NER core's per-row loops less
(the maxout and layer norm ran a quarter slower; no loop there relies on signed overflow).
Without a C compiler the build goes on and the package uses its numpy decoder, which gives
the same output (``corpus_tools.segment_fast.compiled_available()`` says which one runs).
"""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """Do not fail the install when the extension cannot be compiled."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler failure falls back to numpy
            self.warn(f"corpus_tools._segcore not built ({exc}); using the numpy decoder")

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            self.warn(f"{ext.name} not built ({exc}); using the numpy decoder")


setup(
    ext_modules=[Extension("corpus_tools._segcore", ["corpus_tools/_segcore.c"],
                           extra_compile_args=["-O3"], optional=True),
                 Extension("corpus_tools._nercore", ["corpus_tools/_nercore.c"],
                           extra_compile_args=["-O3", "-ffp-contract=off", "-fno-wrapv"], optional=True)],
    cmdclass={"build_ext": OptionalBuildExt},
)
