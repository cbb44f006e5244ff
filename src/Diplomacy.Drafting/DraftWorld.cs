using Diplomacy.Drafting.Extraction;
using Diplomacy.Model.World;

namespace Diplomacy.Drafting;

/// <summary>An actor of a draft: what the article says about it. Capability and susceptibility are never guessed.</summary>
/// <param name="Role">The office or what the actor is, or null when the article does not say (left a draft).</param>
/// <param name="Names">How the article refers to it, distinct, in order of first use.</param>
public sealed record DraftActor(string Id, string Name, ActorKind Kind, string? Role, string? MemberOf, IReadOnlyList<string> Names);

/// <summary>A candidate issue: a topic some statements are about. Its scale ends are left to the analyst.</summary>
/// <param name="Title">The topic's title, or null for statements no topic claimed (left a draft).</param>
/// <param name="Keywords">Words of the statements that put them under this topic.</param>
public sealed record DraftIssue(string Id, string? Title, IReadOnlyList<string> Keywords);

/// <summary>
/// A candidate stance: an actor's statement on an issue, with its exact words (<see cref="Quote"/>),
/// other statements of the same actor on the same issue (<see cref="Alternatives"/>), and the
/// sentence it comes from. Position, salience, resolve and confidence are left to the analyst.
/// </summary>
public sealed record DraftStance(string Actor, string Issue, string Quote, IReadOnlyList<string> Alternatives, int Line, string Sentence, StatementKind Kind, string? Verb);

/// <summary>What <see cref="WorldDrafter"/> drew from an article; <see cref="DraftWorldWriter"/> writes it as a world file.</summary>
public sealed record DraftWorld(
    string Article,
    string? Title,
    string? Date,
    IReadOnlyList<DraftActor> Actors,
    IReadOnlyList<DraftIssue> Issues,
    IReadOnlyList<DraftStance> Stances)
{
    /// <summary>Every quote offered for review: each stance's quote and its alternatives.</summary>
    public IEnumerable<(string Actor, string Issue, string Quote)> OfferedQuotes =>
        Stances.SelectMany(s => s.Alternatives.Prepend(s.Quote).Select(q => (s.Actor, s.Issue, q)));
}
