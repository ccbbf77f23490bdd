//! Text formatting shared by the object model: float repr, the format-spec
//! mini-language (`format()`, `str.format`, f-strings) and `%` formatting.
