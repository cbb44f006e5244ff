namespace Diplomacy.Contracts.Messages;

/// <summary>Which reading of Bueno de Mesquita's model a forum plays: <c>bdm</c> or <c>bdm-scholz</c> in scenario files.</summary>
[GenerateSerializer, Alias("diplomacy.expected-utility-variant")]
public enum ExpectedUtilityVariant
{
    Bdm,
    BdmScholz,
}
