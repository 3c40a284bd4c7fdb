#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// The nullable-flow attributes of .NET Core 3.0 and .NET 5, which netstandard2.0 lacks: the compiler recognises them by
// name, so these internal copies give a netstandard2.0 consumer's compiler the same flow as the net8.0 build.

/// <summary>The out parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value for which the parameter is not null.</param>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the parameter is not null.</summary>
    public bool ReturnValue { get; }
}

/// <summary>The out parameter may be null when the method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class MaybeNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value for which the parameter may be null.</param>
    public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the parameter may be null.</summary>
    public bool ReturnValue { get; }
}

/// <summary>The listed members are not null when the property or method returns <see cref="ReturnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
internal sealed class MemberNotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute for one member.</summary>
    /// <param name="returnValue">The return value for which the member is not null.</param>
    /// <param name="member">The member.</param>
    public MemberNotNullWhenAttribute(bool returnValue, string member)
    {
        ReturnValue = returnValue;
        Members = new[] { member };
    }

    /// <summary>Creates the attribute for several members.</summary>
    /// <param name="returnValue">The return value for which the members are not null.</param>
    /// <param name="members">The members.</param>
    public MemberNotNullWhenAttribute(bool returnValue, params string[] members)
    {
        ReturnValue = returnValue;
        Members = members;
    }

    /// <summary>The return value for which the members are not null.</summary>
    public bool ReturnValue { get; }

    /// <summary>The members.</summary>
    public string[] Members { get; }
}
#endif
