"""Terms of ontology/policykg.ttl as a closed namespace.

`_fail = True` makes a typo such as ``PKG.isuedBy`` raise instead of minting a junk
IRI; tests/test_vocab.py checks that this list and the ontology declare the same terms.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

PKG_IRI = "https://w3id.org/policykg/ontology#"
OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


class PKG(DefinedNamespace):
    """PolicyKG ontology terms (classes capitalised, properties camelCase)."""

    _fail = True
    _NS = Namespace(PKG_IRI)

    # policies
    Policy: URIRef
    LegalDocument: URIRef
    Decision: URIRef
    Decree: URIRef
    Circular: URIRef
    Law: URIRef
    Resolution: URIRef
    Directive: URIRef
    PolicyInstrument: URIRef
    Scheme: URIRef
    Programme: URIRef
    Plan: URIRef
    Strategy: URIRef
    Declaration: URIRef
    Roadmap: URIRef
    # organisations and people
    Organisation: URIRef
    GovernmentBody: URIRef
    Ministry: URIRef
    Department: URIRef
    PeoplesCommittee: URIRef
    University: URIRef
    Centre: URIRef
    InternationalOrganisation: URIRef
    Union: URIRef
    Association: URIRef
    Person: URIRef
    Post: URIRef
    # events
    Event: URIRef
    Workshop: URIRef
    Conference: URIRef
    Forum: URIRef
    RoundTable: URIRef
    Session: URIRef
    Ceremony: URIRef
    # targets, places, periods, sources
    Target: URIRef
    BeneficiaryGroup: URIRef
    Place: URIRef
    Period: URIRef
    NewsArticle: URIRef
    # policy properties
    documentNumber: URIRef
    policyKind: URIRef
    issueDate: URIRef
    period: URIRef
    startYear: URIRef
    endYear: URIRef
    issuedBy: URIRef
    approvedBy: URIRef
    implements: URIRef
    hasTarget: URIRef
    partOf: URIRef
    # organisation / person properties
    organisationKind: URIRef
    title: URIRef
    roleLabel: URIRef
    holdsPost: URIRef
    signedAgreementWith: URIRef
    # event properties
    eventKind: URIRef
    startDate: URIRef
    endDate: URIRef
    organisedBy: URIRef
    participatedIn: URIRef
    subEventOf: URIRef
    locatedIn: URIRef
    # target properties
    targetText: URIRef
    value: URIRef
    maxValue: URIRef
    unit: URIRef
    beneficiary: URIRef
    beneficiaryText: URIRef
    deadline: URIRef
    targetOf: URIRef
    # provenance and sources
    mentionedIn: URIRef
    sha256: URIRef
    articleId: URIRef
    builderVersion: URIRef
