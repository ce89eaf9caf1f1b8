"""The bundled offline sample: GDELT-format export files, feeds and articles written by the project."""
