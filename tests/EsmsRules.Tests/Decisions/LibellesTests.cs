using System;
using System.Linq;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using Xunit;

namespace EsmsRules.Tests.Decisions;

public class LibellesTests
{
    [Theory]
    [InlineData(Orientation.Regional, "régional (ARS)")]
    [InlineData(Orientation.National, "national (CNSA)")]
    [InlineData(Orientation.SonsUniquement, "SONS uniquement (Prestation Ségur)")]
    [InlineData(Orientation.NonRecevable, "non recevable")]
    public void Orientation_EachValue_HasItsFrenchLabel(Orientation o, string attendu) => Assert.Equal(attendu, Libelles.Orientation(o));

    [Theory]
    [InlineData(ProcedureAchat.Sad, "SAD obligatoire")]
    [InlineData(ProcedureAchat.MarcheEnCours, "marché en cours")]
    [InlineData(ProcedureAchat.Libre, "libre (SAD non obligatoire)")]
    [InlineData(ProcedureAchat.SansObjet, "sans objet")]
    public void ProcedureAchat_EachValue_HasItsFrenchLabel(ProcedureAchat p, string attendu) => Assert.Equal(attendu, Libelles.ProcedureAchat(p));

    [Fact]
    public void Labels_EveryEnumValue_DistinctAndNotTheWireValue()
    {
        void Verifier<T>(Func<T, string> libelle)
            where T : struct, Enum
        {
            var valeurs = Enum.GetValues<T>();
            var textes = valeurs.Select(libelle).ToArray();
            Assert.All(textes, t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.Equal(textes.Length, textes.Distinct(StringComparer.Ordinal).Count());
        }

        Verifier<Orientation>(Libelles.Orientation);
        Verifier<ProcedureAchat>(Libelles.ProcedureAchat);
        Verifier<Instructeur>(Libelles.Instructeur);
        Verifier<Referencement>(Libelles.Referencement);
        Verifier<Resultat>(Libelles.Resultat);
        Verifier<MotifSelection>(Libelles.MotifSelection);
        Assert.Equal("sans objet", Libelles.Resultat(Resultat.NotApplicable));
    }

    [Theory]
    [InlineData(true, "oui")]
    [InlineData(false, "non")]
    [InlineData(null, "indéterminé (données manquantes)")]
    public void Recevable_ThreeValues_InFrench(bool? recevable, string attendu) => Assert.Equal(attendu, Libelles.Recevable(recevable));

    [Fact]
    public void Orientation_UnknownValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Libelles.Orientation((Orientation)42));
    }
}

public class SyntheseDossierLibellesTests
{
    [Theory]
    [InlineData("02-acquisition-46-sad", "procédure d'achat : SAD obligatoire ;")]
    [InlineData("03-conformite-35", "procédure d'achat : sans objet ;")]
    public void RootSummary_RecevableProject_NamesTheProcedureInFrench(string exemple, string attendu)
    {
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Examples", exemple + ".json"));

        var d = new EsmsRules.Engine.EsmsEvaluator().EvaluateJson(json).Decision!;

        Assert.Contains(attendu, d.Arbre.Explication, StringComparison.Ordinal);
    }
}
