"""How a sum of money names its currency: ISO 4217 codes, currency names and signs, mapped to the code a price is
compared by (two prices compare only in one currency).

A name several currencies share ("peso", "dinar", "krona") maps to a unit of its own ("PESO"): two sums in pesos
compare with each other, not with a code ("ARS 500"), which is missing a contradiction rather than inventing one.
"""

from __future__ import annotations

from typing import Final

# The currencies in use (ISO 4217, active codes). Written before or after the number, in capitals ("KES 1,500",
# "60 GEL"): several are English words ("ALL", "TOP", "CUP", "GEL", "TRY", "PEN", "MAD"), so only capitals count,
# but for the codes read case-blind before (COMMON_CODES).
ISO_CODES: Final = frozenset(["AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL"])

# Codes read whatever their case ("eur 5", "30 chf"): none is an English word.
COMMON_CODES: Final = frozenset({"usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "jpy", "inr", "sek", "nok", "dkk",
                                 "pln", "czk", "huf", "zar", "sgd", "hkd", "mxn", "brl", "cny"})

# Names written after the number ("85 lari", "420 lei", "2,800 pesos"), singular and plural, by lower case.
NAMES: Final = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "rupee": "INR", "franc": "CHF",
    "lari": "GEL", "leu": "RON", "lei": "RON", "lev": "BGN", "leva": "BGN", "zloty": "PLN", "złoty": "PLN",
    "złotych": "PLN", "forint": "HUF", "koruna": "CZK", "korun": "CZK", "baht": "THB", "rupiah": "IDR",
    "ringgit": "MYR", "naira": "NGN", "cedi": "GHS", "tenge": "KZT", "hryvnia": "UAH", "hryvnias": "UAH",
    "shekel": "ILS", "taka": "BDT", "birr": "ETB", "lek": "ALL", "leke": "ALL", "dram": "AMD", "tugrik": "MNT",
    "tögrög": "MNT", "kyat": "MMK", "riel": "KHR", "dong": "VND", "yuan": "CNY", "renminbi": "CNY", "rand": "ZAR",
    "lira": "TRY", "quetzal": "GTQ", "quetzales": "GTQ", "guarani": "PYG", "guaraní": "PYG", "guaraníes": "PYG",
    "colón": "CRC", "colon": "CRC", "colones": "CRC", "sol": "PEN", "soles": "PEN", "boliviano": "BOB",
    "real": "BRL", "reais": "BRL", "rouble": "RUB", "ruble": "RUB", "manat": "MANAT", "afghani": "AFN",
    "pula": "BWP", "kina": "PGK", "ariary": "MGA", "dalasi": "GMD", "kwanza": "AOA", "kuna": "HRK",
    "peso": "PESO", "dinar": "DINAR", "dirham": "DIRHAM", "riyal": "RIYAL", "rial": "RIYAL", "shilling": "SHILLING",
    "krona": "KRONA", "krone": "KRONA", "kronor": "KRONA", "kroner": "KRONA", "kronur": "KRONA", "kwacha": "KWACHA",
    "won": "KRW", "som": "SOM", "zł": "PLN", "kč": "CZK", "kr": "KRONA",  # (not "Ft": "300 ft" is feet)
}

# Signs written before the number ("₱500", "₩12,000"), and words of one or two letters that stand for a currency
# before it ("Rp 5,000", "KSh 500", "Rs. 500").
SIGNS: Final = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\u20b9": "INR", "\u20b1": "PHP",
                "\u20a9": "KRW", "\u20ba": "TRY", "\u20bd": "RUB", "\u20aa": "ILS", "\u20a6": "NGN", "\u20ab": "VND",
                "\u0e3f": "THB", "\u20b4": "UAH", "\u20b8": "KZT", "\u20a1": "CRC", "\u20b2": "PYG", "\u20ae": "MNT",
                "\u20ad": "LAK", "\u17db": "KHR", "\u20be": "GEL", "\u20bc": "AZN", "\u058f": "AMD", "\u20b5": "GHS"}
BEFORE_WORDS: Final = {"rp": "IDR", "ksh": "KES", "tsh": "TZS", "ush": "UGX", "rs": "INR", "kr": "KRONA"}
# The letters before "$" that say which dollar ("NZ$18.50", "A$9.95", "RD$3,200", "NT$400", "R$45").
DOLLARS: Final = {"nz": "NZD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "us": "USD", "hk": "HKD",
                  "s": "SGD", "rd": "DOP", "nt": "TWD", "r": "BRL", "j": "JMD", "bds": "BBD", "ec": "XCD",
                  "fj": "FJD", "n": "NAD", "z": "ZWL", "t": "TOP", "ws": "WST"}


def name_unit(norm: str) -> str | None:
    """The currency a word after a number names ("lari", "pesos", "euros"), or None."""
    unit = NAMES.get(norm)
    if unit is None and norm.endswith("s"):
        unit = NAMES.get(norm[:-1])
    if unit is None and norm.endswith("es"):
        unit = NAMES.get(norm[:-2])
    return unit


def code_unit(norm: str, written: str) -> str | None:
    """The currency an ISO 4217 code names, given as matched (``norm``, lower case) and as written; None when the
    word is no code, or a code written in small letters that may be a word ("all", "try")."""
    if norm in COMMON_CODES:
        return norm.upper()
    if written.isupper() and written in ISO_CODES:
        return written
    return None
