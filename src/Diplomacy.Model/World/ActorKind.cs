namespace Diplomacy.Model.World;

/// <summary>What sort of participant an actor is; decides which grain represents it.</summary>
public enum ActorKind
{
    State,
    Organisation,
    Leader,
    Analyst,
}
