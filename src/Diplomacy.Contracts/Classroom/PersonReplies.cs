using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Classroom;

/// <summary>What a student's answer must be, checked in the room before it reaches the run.</summary>
public static class PersonReplies
{
    /// <summary>
    /// Why <paramref name="reply"/> cannot answer <paramref name="proposal"/>, or null when it can: an
    /// acceptance or rejection names no terms; a counter names each of the proposal's issues at most
    /// once, at least one, each on the 0–100 scale.
    /// </summary>
    public static string? Refusal(PersonReply reply, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(proposal);
        switch (reply.Decision)
        {
            case Decision.Accept or Decision.Reject:
                return reply.CounterTerms.Count == 0 ? null : "an acceptance or a rejection names no terms of its own";
            case Decision.Counter:
                return TermRefusal(reply.CounterTerms, proposal.Terms.Select(t => t.Issue).ToList(), "the proposal's issues");
            default:
                return "an answer accepts, rejects or counters";
        }
    }

    /// <summary>Why <paramref name="terms"/> are not terms on <paramref name="issues"/>, or null when they are.</summary>
    public static string? TermRefusal(IReadOnlyList<TermValue> terms, IReadOnlyList<string> issues, string whichIssues)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(issues);
        if (terms.Count == 0)
        {
            return "terms name at least one issue";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!issues.Contains(term.Issue, StringComparer.Ordinal))
            {
                return $"'{term.Issue}' is not one of {whichIssues} ({string.Join(", ", issues)})";
            }

            if (!seen.Add(term.Issue))
            {
                return $"'{term.Issue}' is named twice";
            }

            if (!double.IsFinite(term.Position) || term.Position is < 0 or > 100)
            {
                return $"the position on '{term.Issue}' must be on the 0–100 scale, got {term.Position}";
            }
        }

        return null;
    }
}
