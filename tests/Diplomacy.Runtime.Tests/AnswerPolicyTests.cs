using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Actors;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Runtime.Tests;

public sealed class AnswerPolicyTests
{
    [Fact]
    public void Every_kind_of_answer_policy_has_its_class()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        Assert.All(Enum.GetValues<AnswerPolicyKind>(), kind => Assert.NotNull(AnswerPolicies.For(kind, services)));
    }

    [Fact]
    public async Task The_models_policy_answers_what_the_model_judged()
    {
        var modelAnswer = new ProposalAnswer(Decision.Counter, 0.4, 0.9, null, [new TermValue("ceasefire", 45)], new AspirationReason(0.4, 0.9, 1, 3, Met: false));
        var request = new AnswerRequest(new Proposal("trump", "putin", 1, [new TermValue("ceasefire", 70)]), 0.4, 0.9, [], [], modelAnswer);

        Assert.Same(modelAnswer, await ModelAnswerPolicy.Instance.AnswerAsync(request));
    }
}
