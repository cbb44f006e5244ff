namespace Diplomacy.Model.World;

/// <summary>How a stance is known: said in the article, implied by it, or assumed by us.</summary>
public enum Confidence
{
    Stated,
    Implied,
    Assumed,
}
