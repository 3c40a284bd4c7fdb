using System;
using System.Buffers;
using EsmsRules.Identifiers;

namespace EsmsRules.Engine;

/// <summary>
/// The first position of each FINESS number seen, for duplicate detection in one pass (an ESSMS listed twice is invalid
/// input): an open-addressing table over arrays rented from <see cref="ArrayPool{T}.Shared"/>, so that validating a
/// dossier allocates nothing for it, and a grappe of ten thousand ESSMS puts nothing on the large-object heap (whose
/// collections made time grow faster than the dossier). Call <see cref="Dispose"/> once done.
/// </summary>
internal sealed class PremieresPositions : IDisposable
{
    private int[] _cases;
    private Entree[] _entrees;
    private readonly int _masque;
    private readonly int _capacite;
    private int _nombre;

    /// <summary>A table for at most <paramref name="capacite"/> numbers.</summary>
    public PremieresPositions(int capacite)
    {
        var taille = 16;
        while (taille < 2 * capacite)
        {
            taille <<= 1;
        }

        _cases = ArrayPool<int>.Shared.Rent(taille);
        Array.Clear(_cases, 0, taille);
        _masque = taille - 1;
        _capacite = Math.Max(capacite, 0);
        _entrees = ArrayPool<Entree>.Shared.Rent(Math.Max(capacite, 1));
    }

    /// <summary>Records <paramref name="finess"/> at (<paramref name="og"/>, <paramref name="index"/>) unless it was
    /// seen before, in which case <paramref name="premiere"/> is where.</summary>
    /// <returns>False when the number was already seen.</returns>
    /// <exception cref="InvalidOperationException">More numbers than the capacity given.</exception>
    public bool Ajouter(Finess finess, int og, int index, out (int Og, int Index) premiere)
    {
        var valeur = finess.Value;
        var i = valeur.GetHashCode() & _masque;
        while (_cases[i] != 0)
        {
            ref readonly var e = ref _entrees[_cases[i] - 1];
            if (string.Equals(e.Finess, valeur, StringComparison.Ordinal))
            {
                premiere = (e.Og, e.Index);
                return false;
            }

            i = (i + 1) & _masque;
        }

        // At most half the table is used (it has 2 × capacity slots), so the probe above always ends.
        if (_nombre == _capacite)
        {
            throw new InvalidOperationException("More FINESS numbers than the capacity given.");
        }

        _entrees[_nombre] = new Entree(valeur, og, index);
        _cases[i] = ++_nombre;
        premiere = default;
        return true;
    }

    /// <summary>Returns the arrays to the pool (the entries cleared: they reference the dossier's strings).</summary>
    public void Dispose()
    {
        if (_entrees.Length == 0)
        {
            return;
        }

        Array.Clear(_entrees, 0, _nombre);
        ArrayPool<Entree>.Shared.Return(_entrees);
        ArrayPool<int>.Shared.Return(_cases);
        _entrees = Array.Empty<Entree>();
        _cases = Array.Empty<int>();
        _nombre = 0;
    }

    private readonly struct Entree
    {
        public Entree(string finess, int og, int index)
        {
            Finess = finess;
            Og = og;
            Index = index;
        }

        public string Finess { get; }

        public int Og { get; }

        public int Index { get; }
    }
}
