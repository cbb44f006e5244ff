using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Actors;
using Diplomacy.Runtime.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class AnswerPolicyTests(OneSiloCluster fixture)
{
    [Fact]
    public void Every_kind_of_answer_policy_has_its_class()
    {
        using var services = new ServiceCollection().AddSingleton<IGrainFactory>(fixture.Client).BuildServiceProvider();

        var setup = new ActorSetup("putin", ActorKind.Leader, null, 1, 0.1, [], 0.2, 8, Room: "ROOM42");

        Assert.All(Enum.GetValues<AnswerPolicyKind>(), kind => Assert.NotNull(AnswerPolicies.For(setup with { Policy = kind }, "run@key", services)));
    }

    [Fact]
    public async Task The_models_policy_answers_what_the_model_judged()
    {
        var modelAnswer = new ProposalAnswer(Decision.Counter, 0.4, 0.9, null, [new TermValue("ceasefire", 45)], new AspirationReason(0.4, 0.9, 1, 3, Met: false));
        var request = new AnswerRequest(new Proposal("trump", "putin", 1, [new TermValue("ceasefire", 70)]), 0.4, 0.9, [], [], modelAnswer);

        Assert.Same(modelAnswer, await ModelAnswerPolicy.Instance.AnswerAsync(request));
    }
}
