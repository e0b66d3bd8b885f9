"""The sentence-embedding model: loading, ONNX export and quantization, encoding, the fingerprint."""
