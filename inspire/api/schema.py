"""OpenAPI post-processing: document the error responses every operation can give, in the one JSON
shape the exception handler produces, so clients and the schema fuzzer know what to expect."""

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "status": {"type": "integer"},
        "code": {"type": "string"},
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
        "retry_after_seconds": {"type": "integer"},
    },
    "required": ["status", "code", "detail"],
}
ERROR_RESPONSES = {
    "400": "The request has invalid values; `errors` says which.",
    "401": "Credentials were given but are not valid.",
    "403": "You are not allowed to do this.",
    "404": "Not found, or not visible to you.",
    "405": "This method is not allowed here.",
    "415": "The body's content type is not one this operation reads (send application/json).",
    "429": "Too many requests; retry after `retry_after_seconds`.",
}
SAFE_METHODS = {"get", "head", "options"}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                # An empty filter (`?since=`, as an HTML form sends it) means the filter is not given.
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_RESPONSES.items():
                if status in {"401", "403"} and method in SAFE_METHODS and "security" not in operation:
                    continue
                if status == "415" and "requestBody" not in operation:
                    continue
                responses.setdefault(status, {"description": description, "content": reference})
    return result
