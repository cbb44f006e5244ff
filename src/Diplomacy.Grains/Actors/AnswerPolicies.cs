using Diplomacy.Contracts.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Grains.Actors;

/// <summary>
/// The answer policy of each <see cref="AnswerPolicyKind"/>. To let actors answer another way, add a
/// value to the enum, a class implementing <see cref="IAnswerPolicy"/>, and its line here; an actor's
/// setup then names the value. (A test checks that every value has a policy.)
/// </summary>
public static class AnswerPolicies
{
    /// <param name="setup">The actor's setup: its policy, and for a person its room.</param>
    /// <param name="runKey">The run the actor plays in, so a room can tell an old run's question from its current run's.</param>
    /// <param name="services">The silo's services, for a policy that needs some (a way to reach a person).</param>
    public static IAnswerPolicy For(ActorSetup setup, string runKey, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(services);
        return setup.Policy switch
        {
            AnswerPolicyKind.Model => ModelAnswerPolicy.Instance,
            AnswerPolicyKind.Person => new PersonAnswerPolicy(
                services.GetRequiredService<IGrainFactory>(),
                setup.Room ?? throw new ArgumentException($"actor '{setup.Actor}' is answered by a person but names no room", nameof(setup)),
                runKey),
            _ => throw new ArgumentOutOfRangeException(nameof(setup), setup.Policy, "no answer policy for this kind"),
        };
    }
}
