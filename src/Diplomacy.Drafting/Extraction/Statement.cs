namespace Diplomacy.Drafting.Extraction;

/// <summary>How a statement was attributed to its speakers.</summary>
public enum StatementKind
{
    /// <summary>Subject and verb: "Hegseth declared that ...", "Kyiv may offer ...".</summary>
    Said,

    /// <summary>A clause continuing the last speaker's: ", urging Europe ...", "but stressed that ...".</summary>
    Continued,

    /// <summary>An actor's stance named by a possessive: "Ukraine’s aspirations to regain ...".</summary>
    Possessive,

    /// <summary>A stance named with its source: "concerns from European allies over ...".</summary>
    Sourced,

    /// <summary>Words in quotation marks near an actor that no other rule claimed.</summary>
    Quoted,
}

/// <summary>
/// A candidate statement: who it is attributed to (actor keys), its exact span in the article
/// (<see cref="End"/> exclusive), the sentence it is in, and the verb that attributed it.
/// </summary>
public sealed record Statement(IReadOnlyList<string> Speakers, int Start, int End, int Sentence, StatementKind Kind, string? Verb)
{
    public string TextOf(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article[Start..End];
    }
}
