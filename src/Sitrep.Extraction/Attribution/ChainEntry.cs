using Sitrep.Core.Text;

namespace Sitrep.Extraction.Attribution;

/// <summary>A speaker found at a cue; <c>Outer</c> marks an outlet the words were told to or quoted by.</summary>
internal readonly record struct ChainEntry(ResolvedSpeaker Speaker, Cue Cue, TextSpan CueSpan, int PhraseStart, int CueEnd, bool Outer);
