"""The API's JSON parser: refuses documents nested deeper than any of its endpoints reads."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# The deepest request body (a draft's answers) is three levels; the margin is for clients' wrappers.
MAX_JSON_DEPTH = 32
TOO_DEEP = f"JSON nested too deeply: at most {MAX_JSON_DEPTH} levels of arrays and objects."


def _depth_exceeds(data: object, limit: int) -> bool:
    # A loop, not recursion: the point is to refuse what would exhaust Python's stack.
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            pending.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return False


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            # json gives up near Python's recursion limit (~1000 levels) with RecursionError, not ValueError.
            raise ParseError(TOO_DEEP) from None
        if _depth_exceeds(data, MAX_JSON_DEPTH):
            raise ParseError(TOO_DEEP)
        return data
