from inspire.sections import SECTIONS


def site(request):
    return {"sections": SECTIONS}
