"""Benchmarks and evaluations, run as `invoke bench NAME` and `invoke evaluate NAME`.

Each module here has a `run(**options) -> None` that prints its figures.
"""
