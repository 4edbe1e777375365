"""eTISC pages, one module per concern, mirrored by etisc/services/ and etisc/tests/."""
