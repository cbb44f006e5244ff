using Diplomacy.Contracts.Messages;

namespace Diplomacy.Grains.Actors;

/// <summary>The model answers: utility with red lines against the concession tactic's aspiration (<c>ProposalJudge</c>).</summary>
public sealed class ModelAnswerPolicy : IAnswerPolicy
{
    public static ModelAnswerPolicy Instance { get; } = new();

    public ValueTask<ProposalAnswer> AnswerAsync(AnswerRequest request) => ValueTask.FromResult(request.ModelAnswer);
}
