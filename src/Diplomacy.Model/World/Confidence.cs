namespace Diplomacy.Model.World;

/// <summary>How a stance is known: said in the article, implied by it, assumed by us, or not decided yet.</summary>
public enum Confidence
{
    Stated,
    Implied,
    Assumed,

    /// <summary>
    /// A candidate drafted from the article (<c>diplomacy seed init</c>) that nobody has judged yet.
    /// A world holding drafts can be shown and reviewed but never run.
    /// </summary>
    Draft,
}
