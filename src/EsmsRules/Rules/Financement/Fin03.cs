using System;
using EsmsRules.Baremes;
using EsmsRules.Decisions;
using EsmsRules.Sources;

namespace EsmsRules.Rules;

/// <summary>FIN-03: in an acquisition whose editor is Ségur-referenced, the ceiling of the part éditeur — 14 500 € up to
/// the 49th ESSMS, 3 000 € from the 50th by default (decision chart, call for projects, ARS Occitanie webinar; the CNSA page's reading, 1 000 € plus a
/// Ségur complement of 3 000 €, is the barème option <c>lectureFin03</c> = <c>quatreMille</c>); each OG's ceiling over
/// its own ESSMS. Referencing unknown: the SAD ceiling of FIN-02 is kept and <c>referenceSegur</c> is asked for (it
/// never holds the verdict).</summary>
public sealed class Fin03 : RegleFinancement
{
    /// <summary>Its id.</summary>
    public const string Identifiant = "FIN-03";

    private const string Debut = "Plafond de la part éditeur : ";
    private const string LectureDefaut = " (logigramme CNSA, appel à projets et webinaire ARS Occitanie ; la lecture de la page CNSA à {tarifLecturePage} est l'option lectureFin03 = quatreMille)";
    private const string LecturePage = " (lecture de la page CNSA : {tarifSadReduit} + complément Ségur à partir du {rangReduit}e ESSMS ; option lectureFin03 = quatreMille)";

    /// <summary>The rule.</summary>
    public Fin03()
        : base(
            Identifiant,
            "Acquisition, part éditeur référencé Ségur (plafond)",
            new[]
            {
                Documents.Logigramme.Section(), Documents.AppelAProjets.Section(Citations.Modalites), Documents.WebinaireOccitanie.Section(),
                Documents.PageCnsa.Section("(autre lecture : option lectureFin03 du barème)"),
            },
            new[]
            {
                new Modele("tarifPlein", Resultat.Satisfied, Debut + Calcul(false, "plafond")),
                new Modele("tarifReduit", Resultat.Satisfied, Debut + Calcul(true, "plafond") + LectureDefaut),
                new Modele("quatreMille.tarifPlein", Resultat.Satisfied, Debut + Calcul(false, "plafond") + LecturePage),
                new Modele("quatreMille.tarifReduit", Resultat.Satisfied, Debut + Calcul(true, "plafond") + LecturePage),
                new Modele("referenceSegurInconnue", Resultat.MissingInput, "referenceSegur non renseigné : le plafond SAD (FIN-02) est retenu."),
                new Modele("nonSegur", Resultat.NotApplicable, "Sans objet : éditeur non référencé Ségur."),
                new Modele(SectionFinancement.MotifConformite, Resultat.NotApplicable, SectionFinancement.TexteConformite),
            },
            LigneFinancement.PlafondEditeur,
            new[] { "rangTarifReduit", "partEditeurSegur", "partEditeurSegurReduitLecturePageCnsa", "lectureFin03" })
    {
    }

    /// <inheritdoc />
    public override Allocation Allocate(Faits faits)
    {
        if (!(faits ?? throw new ArgumentNullException(nameof(faits))).Acquisition)
        {
            return new Allocation(Conclude(faits, Resultat.NotApplicable, SectionFinancement.MotifConformite));
        }

        switch (faits.Dossier.Editeur.ReferenceSegur)
        {
            case null:
                return new Allocation(Conclude(faits, Resultat.MissingInput, "referenceSegurInconnue", manquantes: new[] { "referenceSegur" }));
            case false:
                return new Allocation(Conclude(faits, Resultat.NotApplicable, "nonSegur"));
        }

        var b = faits.Bareme;
        var tarif = b.PartEditeurSegurEffective;
        var (plafond, parOg) = ParRang(faits, tarif);
        var (_, reduit) = Rangs(faits);
        var chiffres = ChiffresParRang(faits, tarif, "plafond", plafond);
        chiffres.Add(Chiffre.Entier("rangReduit", b.RangTarifReduit));
        chiffres.Add(Chiffre.Euros("tarifLecturePage", b.PartEditeurSegurReduitLecturePageCnsa));
        chiffres.Add(Chiffre.Euros("tarifSadReduit", b.PartEditeurSad.APartirDuRangReduit));
        var motif = (b.LectureFin03 == LectureFin03.QuatreMille ? "quatreMille." : string.Empty) + (reduit > 0 ? "tarifReduit" : "tarifPlein");
        return new Allocation(Conclude(faits, Resultat.Satisfied, motif, chiffres, plafond), parOg);
    }
}
