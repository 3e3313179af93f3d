"""Benchmarks of stitch-admin against raw httpx and openapi-generator's client (`make bench`).

Each figure is a median over interleaved rounds and is judged by its ratio to a baseline measured
in the same run: the machine is shared and noisy, so absolute times only describe it.
"""
