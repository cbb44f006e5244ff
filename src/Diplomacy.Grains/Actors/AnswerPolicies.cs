using Diplomacy.Contracts.Messages;

namespace Diplomacy.Grains.Actors;

/// <summary>
/// The answer policy of each <see cref="AnswerPolicyKind"/>. To let actors answer another way, add a
/// value to the enum, a class implementing <see cref="IAnswerPolicy"/>, and its line here; an actor's
/// setup then names the value. (A test checks that every value has a policy.)
/// </summary>
public static class AnswerPolicies
{
    /// <param name="services">The silo's services, for a policy that needs some (timers, a way to reach a person).</param>
    public static IAnswerPolicy For(AnswerPolicyKind kind, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return kind switch
        {
            AnswerPolicyKind.Model => ModelAnswerPolicy.Instance,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no answer policy for this kind"),
        };
    }
}
