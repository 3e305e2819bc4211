namespace TypedCorpus;

/// <summary>A word the OCR corrector changed.</summary>
/// <param name="TextStart">Where the corrected word starts in <see cref="Document.Text"/>.</param>
/// <param name="TextLength">Its length there.</param>
/// <param name="RawStart">Where the OCR'd word starts in <see cref="Document.RawText"/>, or -1 when it could not be placed.</param>
/// <param name="RawLength">Its length there; a word broken over lines ("con-" / "tinuecl") spans the hyphen and the break.</param>
/// <param name="Original">The OCR'd word, as it was.</param>
public readonly record struct OcrCorrection(int TextStart, int TextLength, int RawStart, int RawLength, string Original);
