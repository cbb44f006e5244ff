namespace Diplomacy.Model.World;

/// <summary>
/// One dimension of the negotiation, on a 0–100 scale whose two ends are described in words.
/// </summary>
public sealed record Issue(string Id, string Title, string Low, string High)
{
    public const double Minimum = 0;
    public const double Maximum = 100;
    public const double Range = Maximum - Minimum;

    /// <summary>Keys of the world file still written <c>draft</c> here (for example <c>low</c>); their values are placeholders.</summary>
    public IReadOnlyList<string> Undecided { get; init; } = [];

    /// <summary>
    /// Words whose presence in a quote shows it speaks of this issue (lower case, matched anywhere
    /// in the quote, case-insensitively); <c>diplomacy seed audit</c> checks every quote against them.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
