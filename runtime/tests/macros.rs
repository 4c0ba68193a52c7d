//! The generated crates' macros (`__model!`, `__open_enum!`) expanded where
//! the prelude is shadowed, as in services that define `Option`, `String`,
//! `Result`, `Box` or `Vec` types, with the names that once broke generated
//! code (a variant `Err`, a member `Unknown`, raw identifiers), and used:
//! setters, getters, encoding, decoding, required members, open enums.

#![allow(dead_code)]
// The macros gate code on the expanding crate's `all-directions` feature,
// which this test crate does not declare.
#![allow(unexpected_cfgs)]

mod service {
    use tencentcloud_runtime as rt;

    // Types of the service that shadow the prelude.
    pub struct Option;
    pub struct String;
    pub struct Result;
    pub struct Box;
    pub struct Vec;
    pub struct Default;
    pub struct Into;

    ::tencentcloud_runtime::__open_enum! {
        /// Health, with variants named like `Result`'s.
        pub enum Health: str {
            /// `OK`.
            Ok = "OK",
            /// `ERR`.
            Err = "ERR",
        }
    }

    ::tencentcloud_runtime::__open_enum! {
        /// Levels, integer-coded, one negative.
        pub enum Level: int {
            /// `-1`: any.
            Any = -1,
            /// `2`: high.
            High = 2,
        }
    }

    /// A node of a tree (recursive, so boxed).
    #[derive(Clone, ::std::default::Default, PartialEq)]
    #[non_exhaustive]
    pub struct Node {
        pub name: ::std::option::Option<::std::string::String>,
        pub r#type: ::std::option::Option<Health>,
        pub unknown: ::std::option::Option<::std::string::String>,
        pub child: ::std::option::Option<::std::boxed::Box<Node>>,
        pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub ids: ::std::option::Option<::std::vec::Vec<u64>>,
        pub level: ::std::option::Option<Level>,
        pub unknown_fields: rt::UnknownFields,
    }
    rt::__model! {
        Node "Node", set open, decode open, default[];
        /// Sets [`name`](Self::name).
        0 "Name" name opt into(::std::string::String) set_name;
        /// Sets [`type`](Self::type).
        1 "Type" r#type opt into(Health) set_type;
        /// Sets [`unknown`](Self::unknown).
        2 "Unknown" unknown opt into(::std::string::String) set_unknown;
        /// Sets [`child`](Self::child).
        3 "Child" child opt boxed(Node) set_child;
        /// Sets [`tags`](Self::tags).
        4 "Tags" tags opt list(::std::string::String) set_tags get tags;
        /// Sets [`ids`](Self::ids).
        5 "Ids" ids opt nlist(u64) set_ids get ids;
        /// Sets [`level`](Self::level).
        #[deprecated(note = "no longer in use upstream")] 6 "Level" level opt into(Level) set_level;
    }

    /// A request with required members (decoding only with `all-directions`,
    /// which this test cannot turn on: it checks encoding and setters).
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Put {
        pub id: u64,
        pub node: Node,
        pub labels: ::std::vec::Vec<::std::string::String>,
        pub note: ::std::option::Option<::std::string::String>,
        pub unknown_fields: rt::UnknownFields,
    }
    impl Put {
        pub fn new(id: u64) -> Self {
            Put {
                id,
                node: ::std::default::Default::default(),
                labels: ::std::vec::Vec::new(),
                note: None,
                unknown_fields: rt::UnknownFields::new(),
            }
        }
    }
    rt::__model! {
        Put "Put", set open, decode gated, required[0, 1, 2];
        /// Sets [`id`](Self::id).
        0 "Id" id req plain(u64) set_id;
        /// Sets [`node`](Self::node).
        1 "Node" node req into(Node) set_node;
        /// Sets [`labels`](Self::labels).
        2 "Labels" labels req list(::std::string::String) set_labels get labels;
        /// Sets [`note`](Self::note).
        3 "Note" note opt into(::std::string::String) set_note;
    }
}

use service::{Health, Level, Node, Put};

#[test]
fn string_enums_parse_print_and_keep_unknown_values() {
    assert_eq!(Health::from("ERR"), Health::Err);
    assert_eq!("OK".parse::<Health>(), Ok(Health::Ok));
    assert_eq!(Health::Err.to_string(), "ERR");
    assert_eq!(Health::VALUES, &["OK", "ERR"]);
    let other = Health::from("DEGRADED");
    assert_eq!(other.as_str(), "DEGRADED");
    assert_eq!(serde_json::to_string(&other).unwrap(), r#""DEGRADED""#);
    let back: Health = serde_json::from_str(r#""DEGRADED""#).unwrap();
    assert_eq!(back, other);
    // A number where a string enum was expected keeps its text.
    let n: Health = serde_json::from_str("7").unwrap();
    assert_eq!(n.as_str(), "7");
}

#[test]
fn integer_enums_print_their_values() {
    assert_eq!(Level::from(-1), Level::Any);
    assert_eq!(Level::Any.as_str(), "-1");
    assert_eq!(Level::High.value(), Some(2));
    assert_eq!(Level::VALUES, &[-1, 2]);
    assert_eq!(serde_json::to_string(&Level::Any).unwrap(), "-1");
    let l: Level = serde_json::from_str(r#""2""#).unwrap();
    assert_eq!(l, Level::High);
    let u = Level::from(9);
    assert_eq!(serde_json::to_string(&u).unwrap(), "9");
}

#[test]
#[allow(deprecated)]
fn models_set_encode_and_decode_every_shape() {
    let node = Node::default()
        .set_name("root")
        .set_type("ERR")
        .set_unknown("u")
        .set_child(Node::default().set_name("leaf"))
        .set_tags(["a", "b"])
        .set_ids([1, 2])
        .set_level(2);
    assert_eq!(node.tags(), ["a", "b"]);
    assert_eq!(node.ids(), [1, 2]);
    assert_eq!(Node::default().tags(), [] as [&str; 0]);
    let json = serde_json::to_string(&node).unwrap();
    assert_eq!(
        json,
        r#"{"Name":"root","Type":"ERR","Unknown":"u","Child":{"Name":"leaf"},"Tags":["a","b"],"Ids":[1,2],"Level":2}"#
    );
    // Members in another order, one undescribed: the same value, the extra kept.
    let shuffled = r#"{"Level":2,"Ids":[1,2],"Extra":true,"Tags":["a","b"],"Child":{"Name":"leaf"},"Unknown":"u","Type":"ERR","Name":"root"}"#;
    let back: Node = serde_json::from_str(shuffled).unwrap();
    assert_eq!(
        back.unknown_fields.get("Extra"),
        Some(&serde_json::json!(true))
    );
    let mut without_extra = back.clone();
    without_extra.unknown_fields.remove("Extra");
    assert_eq!(without_extra, node);
    let debug = format!("{node:?}");
    assert!(debug.starts_with("Node {"), "{debug}");
    assert!(debug.contains("Name: \"root\""), "{debug}");
}

#[test]
fn required_members_are_always_sent() {
    let put = Put::new(7).set_labels(["x"]).set_note("n");
    assert_eq!(put.labels(), ["x"]);
    assert_eq!(
        serde_json::to_string(&put).unwrap(),
        r#"{"Id":7,"Node":{},"Labels":["x"],"Note":"n"}"#
    );
}
