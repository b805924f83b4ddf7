"""Swedish wording shared by pages, messages and reports."""


def join_swedish(items: list[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B och C"``; one item as it is; none → ``""``."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]
