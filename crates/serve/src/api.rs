//! The routes, their handlers and the OpenAPI document that describes them.

use crate::views::{by_source, over_time, series, BySource, OverTime, SeriesPoint};
use crate::{AppState, NewInput, DEFAULT_LIMIT, MAX_BODY_BYTES, MAX_LIMIT, REQUEST_TIMEOUT};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};
use rasid_store::{Bbox, Facility, IncidentFilter, StoreError};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::{IntoParams, OpenApi, ToSchema};

type Shared = State<Arc<AppState>>;

/// The routes over `state`, with their layers.
pub(crate) fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/api/stats", get(stats))
        .route("/api/incidents", get(incidents))
        .route("/api/incidents/{id}", get(incident))
        .route("/api/claims/{id}", get(claim))
        .route("/api/documents", get(documents).post(add_document))
        .route("/api/documents/{id}", get(document))
        .route("/api/facilities", get(facilities))
        .route("/api/facilities/{id}", get(facility))
        .route("/api/search", get(search))
        .route("/openapi.json", get(openapi))
        .route("/", get(asset))
        .route("/assets/{*path}", get(asset))
        .route("/geo/{*path}", get(asset))
        .fallback(not_found)
        .with_state(Arc::clone(&state))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state.cache),
            crate::cache::cached,
        ))
        // The body limit is tower-http's, for every route.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::map_response(json_errors))
        .layer(CompressionLayer::new().gzip(true))
        .layer(TraceLayer::new_for_http())
}

/// An error as the API answers it: a status and `{"error": "..."}`.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    message: String,
}

/// The body of every error.
#[derive(Serialize, ToSchema)]
pub(crate) struct ErrorBody {
    /// What went wrong, in plain words.
    error: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    fn not_found(what: &str, id: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, format!("no {what} {id:?}"))
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        tracing::error!("{e}");
        ApiError::internal(e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (
            self.status,
            Json(ErrorBody {
                error: self.message,
            }),
        )
            .into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Rewrites an error answered by a layer or by axum itself (405, 408, 413, a bad query
/// string) as JSON; the API's own errors are JSON already.
async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let said = axum::body::to_bytes(body, 4096)
        .await
        .ok()
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    let message = said.unwrap_or_else(|| {
        status
            .canonical_reason()
            .unwrap_or("request failed")
            .to_lowercase()
    });
    let mut out = ApiError::new(status, message).into_response();
    // Keep what the layer said besides (Allow on a 405).
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, format!("nothing at {}", uri.path()))
}

/// How many records the store holds.
#[derive(Serialize, ToSchema)]
pub(crate) struct Stats {
    documents: u64,
    claims: u64,
    reports: u64,
    incidents: u64,
}

#[utoipa::path(get, path = "/api/stats", responses((status = 200, body = Stats)))]
async fn stats(State(state): Shared) -> ApiResult<Stats> {
    let c = state.readers.read(|s| s.counts()).await?;
    Ok(Json(Stats {
        documents: c.documents,
        claims: c.claims,
        reports: c.reports,
        incidents: c.incidents,
    }))
}

/// The filters and page of `GET /api/incidents`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct IncidentParams {
    /// Starting on or after this date (2015-08-05, 2015-08, 2015).
    since: Option<String>,
    /// Starting on or before this date (2015-08-05, 2015-08, 2015).
    until: Option<String>,
    /// Inside this box: west,south,east,north in degrees.
    bbox: Option<String>,
    /// In this governorate (its name, with or without its last word).
    governorate: Option<String>,
    /// Counting this actor id (SPEC.md's: SDF, ISIS, CIVILIANS ...).
    actor: Option<String>,
    /// Of this event type (SPEC.md's list).
    #[serde(rename = "type")]
    #[param(rename = "type")]
    event_type: Option<String>,
    /// Told by a document that holds every word of this text.
    q: Option<String>,
    /// At most this many (default 100, at most 5000).
    limit: Option<String>,
    /// Skipping this many.
    offset: Option<String>,
}

/// A page of incidents.
#[derive(Serialize, ToSchema)]
pub(crate) struct IncidentPage {
    total: u64,
    offset: u64,
    limit: u64,
    #[schema(value_type = Vec<Object>)]
    items: Vec<IncidentRecord>,
}

fn query<T: Default>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::bad_request(e.body_text()))
}

/// A page's limit and offset, checked.
fn page(limit: Option<&str>, offset: Option<&str>) -> Result<(u64, u64), ApiError> {
    let number = |name: &str, v: &str| {
        v.trim()
            .parse::<u64>()
            .map_err(|_| ApiError::bad_request(format!("{name} must be a whole number, not {v:?}")))
    };
    let limit = limit.map(|v| number("limit", v)).transpose()?;
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if limit > MAX_LIMIT {
        return Err(ApiError::bad_request(format!(
            "limit is at most {MAX_LIMIT}"
        )));
    }
    let offset = offset.map(|v| number("offset", v)).transpose()?;
    Ok((limit, offset.unwrap_or(0)))
}

/// `west,south,east,north`, in range, south not above north.
fn bbox(s: &str) -> Result<Bbox, ApiError> {
    let parts: Vec<Option<f64>> = s
        .split(',')
        .map(|p| p.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect();
    let lon = |v: f64| (-180.0..=180.0).contains(&v);
    let lat = |v: f64| (-90.0..=90.0).contains(&v);
    match parts[..] {
        [Some(west), Some(south), Some(east), Some(north)]
            if lon(west) && lon(east) && lat(south) && lat(north) && south <= north =>
        {
            Ok(Bbox {
                west,
                south,
                east,
                north,
            })
        }
        _ => Err(ApiError::bad_request(format!(
            "bbox must be west,south,east,north in degrees, not {s:?}"
        ))),
    }
}

/// A date, a month or a year: digits and dashes only.
fn date(name: &str, s: &str) -> Result<String, ApiError> {
    let s = s.trim();
    let shape = !s.is_empty()
        && s.len() <= 10
        && s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || c == '-');
    if shape {
        Ok(s.to_owned())
    } else {
        Err(ApiError::bad_request(format!(
            "{name} must be a date (2015-08-05, 2015-08 or 2015), not {s:?}"
        )))
    }
}

/// A filter's text, `None` when empty.
fn given(v: Option<String>) -> Option<String> {
    v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[utoipa::path(get, path = "/api/incidents", params(IncidentParams),
    responses((status = 200, body = IncidentPage), (status = 400, body = ErrorBody)))]
async fn incidents(
    State(state): Shared,
    params: Result<Query<IncidentParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let p = query(params)?;
    let (limit, offset) = page(p.limit.as_deref(), p.offset.as_deref())?;
    let filter = IncidentFilter {
        since: given(p.since).map(|d| date("since", &d)).transpose()?,
        until: given(p.until).map(|d| date("until", &d)).transpose()?,
        near: None,
        governorate: given(p.governorate),
        actor: given(p.actor),
        event_type: given(p.event_type),
        bbox: given(p.bbox).map(|b| bbox(&b)).transpose()?,
        text: given(p.q),
    };
    let found = state
        .readers
        .read(move |s| s.incidents_page_json(&filter, limit, offset))
        .await?;
    // The records go out as stored (SPEC's JSON, written by serde), unread.
    let mut body = Vec::with_capacity(64 + found.items.iter().map(|i| i.len() + 1).sum::<usize>());
    body.extend_from_slice(
        format!(
            r#"{{"total":{},"offset":{offset},"limit":{limit},"items":["#,
            found.total
        )
        .as_bytes(),
    );
    for (i, item) in found.items.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(item.as_bytes());
    }
    body.extend_from_slice(b"]}");
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response())
}

/// An incident's dossier.
#[derive(Serialize, ToSchema)]
pub(crate) struct IncidentDetail {
    #[schema(value_type = Object)]
    incident: IncidentRecord,
    #[schema(value_type = Vec<Object>)]
    claims: Vec<ClaimRecord>,
    #[schema(value_type = Vec<Object>)]
    documents: Vec<DocumentRecord>,
    by_source: Vec<BySource>,
    over_time: Vec<OverTime>,
}

#[utoipa::path(get, path = "/api/incidents/{id}", params(("id" = String, Path)),
    responses((status = 200, body = IncidentDetail), (status = 404, body = ErrorBody)))]
async fn incident(State(state): Shared, Path(id): Path<String>) -> ApiResult<IncidentDetail> {
    let wanted = id.clone();
    let found = state
        .readers
        .read(move |s| {
            let Some(incident) = s.incident_record(&wanted)? else {
                return Ok(None);
            };
            let claims = s.incident_claims(&wanted)?;
            let documents = s.documents_named(&incident.documents)?;
            Ok(Some((incident, claims, documents)))
        })
        .await?;
    let Some((incident, claims, documents)) = found else {
        return Err(ApiError::not_found("incident", &id));
    };
    Ok(Json(IncidentDetail {
        by_source: by_source(&claims),
        over_time: over_time(&claims),
        incident,
        claims,
        documents,
    }))
}

/// A claim, its document and the text its evidence offsets index.
#[derive(Serialize, ToSchema)]
pub(crate) struct ClaimDetail {
    #[schema(value_type = Object)]
    claim: ClaimRecord,
    #[schema(value_type = Object)]
    document: DocumentRecord,
    /// The document's original text; null for one stored before texts were kept.
    text: Option<String>,
}

#[utoipa::path(get, path = "/api/claims/{id}", params(("id" = String, Path)),
    responses((status = 200, body = ClaimDetail), (status = 404, body = ErrorBody)))]
async fn claim(State(state): Shared, Path(id): Path<String>) -> ApiResult<ClaimDetail> {
    let wanted = id.clone();
    let found = state.readers.read(move |s| s.claim(&wanted)).await?;
    let Some((claim, document)) = found else {
        return Err(ApiError::not_found("claim", &id));
    };
    Ok(Json(ClaimDetail {
        claim,
        document: document.record,
        text: document.text,
    }))
}

/// A page of `GET /api/documents`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PageParams {
    /// At most this many (default 100, at most 5000).
    limit: Option<String>,
    /// Skipping this many.
    offset: Option<String>,
}

/// A page of documents.
#[derive(Serialize, ToSchema)]
pub(crate) struct DocumentPage {
    total: u64,
    offset: u64,
    limit: u64,
    #[schema(value_type = Vec<Object>)]
    items: Vec<DocumentRecord>,
}

#[utoipa::path(get, path = "/api/documents", params(PageParams),
    responses((status = 200, body = DocumentPage), (status = 400, body = ErrorBody)))]
async fn documents(
    State(state): Shared,
    params: Result<Query<PageParams>, QueryRejection>,
) -> ApiResult<DocumentPage> {
    let p = query(params)?;
    let (limit, offset) = page(p.limit.as_deref(), p.offset.as_deref())?;
    let found = state
        .readers
        .read(move |s| s.documents_page(limit, offset))
        .await?;
    Ok(Json(DocumentPage {
        total: found.total,
        offset,
        limit,
        items: found.items,
    }))
}

/// A document with its text and claims.
#[derive(Serialize, ToSchema)]
pub(crate) struct DocumentDetail {
    #[schema(value_type = Object)]
    document: DocumentRecord,
    /// Its original text; null for one stored before texts were kept.
    text: Option<String>,
    #[schema(value_type = Vec<Object>)]
    claims: Vec<ClaimRecord>,
}

#[utoipa::path(get, path = "/api/documents/{id}", params(("id" = String, Path)),
    responses((status = 200, body = DocumentDetail), (status = 404, body = ErrorBody)))]
async fn document(State(state): Shared, Path(id): Path<String>) -> ApiResult<DocumentDetail> {
    let wanted = id.clone();
    let found = state
        .readers
        .read(move |s| {
            let Some(doc) = s.document(&wanted)? else {
                return Ok(None);
            };
            Ok(Some((doc, s.document_claims(&wanted)?)))
        })
        .await?;
    let Some((doc, claims)) = found else {
        return Err(ApiError::not_found("document", &id));
    };
    Ok(Json(DocumentDetail {
        document: doc.record,
        text: doc.text,
        claims,
    }))
}

/// What adding a document made.
#[derive(Serialize, ToSchema)]
pub(crate) struct Added {
    doc_id: String,
    /// Its claims.
    claims: u64,
    /// The incidents its accounts were linked into.
    incidents: u64,
}

/// Whether the request carries the token (compared in constant time).
fn authorised(headers: &HeaderMap, token: &str) -> bool {
    let Some(given) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    let (a, b) = (given.trim().as_bytes(), token.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[utoipa::path(post, path = "/api/documents", request_body = NewInput,
    security(("bearer" = [])),
    responses((status = 201, body = Added), (status = 200, body = Added, description = "the text was stored already"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 405, body = ErrorBody, description = "the server is read-only"),
        (status = 413, body = ErrorBody)))]
async fn add_document(
    State(state): Shared,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Added>), ApiError> {
    let Some(writer) = state.writer.as_ref() else {
        return Err(ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "this server is read-only: start it with --token-file or RASID_TOKEN to add documents",
        ));
    };
    if !authorised(&headers, &writer.token) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "a valid `Authorization: Bearer TOKEN` header is needed to add documents",
        ));
    }
    let body = body.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let input: NewInput = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("the body is not a document: {e}")))?;
    if input.text.trim().is_empty() {
        return Err(ApiError::bad_request("the document's text is empty"));
    }
    let state = Arc::clone(&state);
    tokio::task::spawn_blocking(move || add_blocking(&state, input))
        .await
        .map_err(|_| ApiError::internal("adding the document failed"))?
}

/// Analyses, stores and links one document, with the writer held.
fn add_blocking(state: &AppState, input: NewInput) -> Result<(StatusCode, Json<Added>), ApiError> {
    let Some(writer) = state.writer.as_ref() else {
        return Err(ApiError::internal("no writer"));
    };
    let mut doc = (writer.analyzer)(input).map_err(ApiError::bad_request)?;
    let mut store = writer
        .store
        .lock()
        .map_err(|_| ApiError::internal("the store's writer failed"))?;
    let stored = store.doc_id_of_sha256(&doc.record.sha256)?;
    let status = match stored {
        Some(doc_id) => {
            doc.record.doc_id = doc_id;
            StatusCode::OK
        }
        None => {
            if store.document(&doc.record.doc_id)?.is_some() {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    format!("another text is stored as {:?}", doc.record.doc_id),
                ));
            }
            doc.record.duplicate_of = store.copy_of(&doc.signature)?;
            store.add_documents(std::slice::from_ref(&doc))?;
            store.relink()?;
            state.cache.changed();
            StatusCode::CREATED
        }
    };
    let doc_id = doc.record.doc_id;
    let claims = store.document_claims(&doc_id)?.len() as u64;
    let incidents = store.document_incident_count(&doc_id)?;
    Ok((
        status,
        Json(Added {
            doc_id,
            claims,
            incidents,
        }),
    ))
}

/// A facility as the API lists it.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacilityView {
    id: String,
    kind: String,
    operator: String,
    name_ar: Option<String>,
    name_en: Option<String>,
    aliases_ar: Vec<String>,
    aliases_en: Vec<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    governorate: Option<String>,
}

impl From<Facility> for FacilityView {
    fn from(f: Facility) -> Self {
        FacilityView {
            id: f.id,
            kind: f.kind,
            operator: f.operator,
            name_ar: f.name_ar,
            name_en: f.name_en,
            aliases_ar: f.aliases_ar,
            aliases_en: f.aliases_en,
            lat: f.point.map(|p| p.0),
            lon: f.point.map(|p| p.1),
            governorate: f.governorate,
        }
    }
}

/// A facility and the number of incidents at it.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacilityCount {
    facility: FacilityView,
    incidents: u64,
}

#[utoipa::path(get, path = "/api/facilities", responses((status = 200, body = Vec<FacilityCount>)))]
async fn facilities(State(state): Shared) -> ApiResult<Vec<FacilityCount>> {
    let found = state.readers.read(|s| s.facilities()).await?;
    Ok(Json(
        found
            .into_iter()
            .map(|(f, incidents)| FacilityCount {
                facility: f.into(),
                incidents,
            })
            .collect(),
    ))
}

/// A facility's page.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacilityDetail {
    facility: FacilityView,
    #[schema(value_type = Vec<Object>)]
    incidents: Vec<IncidentRecord>,
    series: Vec<SeriesPoint>,
}

#[utoipa::path(get, path = "/api/facilities/{id}", params(("id" = String, Path)),
    responses((status = 200, body = FacilityDetail), (status = 404, body = ErrorBody)))]
async fn facility(State(state): Shared, Path(id): Path<String>) -> ApiResult<FacilityDetail> {
    let wanted = id.clone();
    let found = state
        .readers
        .read(move |s| {
            let Some(found) = s.facility(&wanted)? else {
                return Ok(None);
            };
            let mut doc_ids: Vec<String> = found.claims.iter().map(|c| c.doc_id.clone()).collect();
            doc_ids.dedup();
            let documents = s.documents_named(&doc_ids)?;
            Ok(Some((found, documents)))
        })
        .await?;
    let Some((found, documents)) = found else {
        return Err(ApiError::not_found("facility", &id));
    };
    Ok(Json(FacilityDetail {
        series: series(&found.claims, &documents),
        facility: found.facility.into(),
        incidents: found.incidents,
    }))
}

/// A search.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// Words every document found holds.
    q: Option<String>,
    /// At most this many (default 100, at most 5000).
    limit: Option<String>,
}

/// A document a search found.
#[derive(Serialize, ToSchema)]
pub(crate) struct SearchHit {
    doc_id: String,
    title: Option<String>,
    /// The words around the match, in the matching form, matches in `[` `]`.
    snippet: String,
}

#[utoipa::path(get, path = "/api/search", params(SearchParams),
    responses((status = 200, body = Vec<SearchHit>), (status = 400, body = ErrorBody)))]
async fn search(
    State(state): Shared,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> ApiResult<Vec<SearchHit>> {
    let p = query(params)?;
    let Some(q) = given(p.q) else {
        return Err(ApiError::bad_request("q (the words to find) is needed"));
    };
    let (limit, _) = page(p.limit.as_deref(), None)?;
    let hits = state
        .readers
        .read(move |s| s.search(&q, limit as usize))
        .await?;
    Ok(Json(
        hits.into_iter()
            .map(|h| SearchHit {
                doc_id: h.doc_id,
                title: h.title,
                snippet: h.snippet,
            })
            .collect(),
    ))
}

#[utoipa::path(get, path = "/openapi.json",
    responses((status = 200, description = "this document", content_type = "application/json")))]
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The web UI's page (`/`), scripts and styles (`/assets/...`) and map layers
/// (`/geo/countries.json`, `/geo/admin.json`).
#[utoipa::path(get, path = "/", responses((status = 200, description = "the web UI", content_type = "text/html"),
    (status = 404, body = ErrorBody)))]
async fn asset(State(state): Shared, uri: Uri) -> Response {
    match (state.assets)(uri.path()) {
        Some((bytes, content_type)) => {
            let caching = if (state.immutable)(uri.path()) {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            // Files compiled into the binary are sent without a copy.
            let body = match bytes {
                std::borrow::Cow::Borrowed(b) => axum::body::Body::from(b),
                std::borrow::Cow::Owned(v) => axum::body::Body::from(v),
            };
            (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
                    (header::CACHE_CONTROL, HeaderValue::from_static(caching)),
                ],
                body,
            )
                .into_response()
        }
        None => ApiError::new(StatusCode::NOT_FOUND, format!("nothing at {}", uri.path()))
            .into_response(),
    }
}

/// The UI's files under `/assets/`.
#[utoipa::path(get, path = "/assets/{path}", params(("path" = String, Path)),
    responses((status = 200, description = "a script, style or image"), (status = 404, body = ErrorBody)))]
#[allow(dead_code)]
fn assets_doc() {}

/// The map layers under `/geo/`.
#[utoipa::path(get, path = "/geo/{path}", params(("path" = String, Path)),
    responses((status = 200, description = "a TopoJSON layer", content_type = "application/json"),
        (status = 404, body = ErrorBody)))]
#[allow(dead_code)]
fn geo_doc() {}

/// The OpenAPI document of every route (served at `/openapi.json`).
#[derive(OpenApi)]
#[openapi(
    info(title = "rasid", description = "A sourced, cross-checked record of armed-conflict incidents: SPEC.md's records over HTTP."),
    paths(stats, incidents, incident, claim, documents, document, add_document, facilities,
        facility, search, openapi, asset, assets_doc, geo_doc),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_read_in_range_or_not_at_all() {
        // (argument, whether it reads)
        let cases = [
            ("35,32,43,38", true),
            (" -180 , -90 , 180 , 90 ", true),
            ("170,-10,-170,10", true),
            ("35,38,43,32", false),
            ("35,32,43", false),
            ("35,32,43,38,1", false),
            ("181,32,43,38", false),
            ("35,-91,43,38", false),
            ("35,32,NaN,38", false),
            ("35,32,inf,38", false),
            ("a,b,c,d", false),
            ("", false),
        ];
        for (arg, reads) in cases {
            assert_eq!(bbox(arg).is_ok(), reads, "{arg:?}");
        }
    }

    #[test]
    fn pages_default_and_refuse_what_is_out_of_range() {
        // (limit, offset, what reads)
        let cases = [
            (None, None, Some((100, 0))),
            (Some("5000"), Some("7"), Some((5000, 7))),
            (Some("5001"), None, None),
            (Some("-1"), None, None),
            (Some("ten"), None, None),
            (None, Some("1e3"), None),
        ];
        for (limit, offset, want) in cases {
            assert_eq!(page(limit, offset).ok(), want, "{limit:?} {offset:?}");
        }
    }

    #[test]
    fn only_the_exact_bearer_token_is_authorised() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(
                header::AUTHORIZATION,
                HeaderValue::from_str(v).expect("a header"),
            );
            h
        };
        // (header, authorised)
        let cases = [
            (Some("Bearer s3cret"), true),
            (Some("Bearer s3cret "), true),
            (Some("Bearer s3cre"), false),
            (Some("Bearer s3cret2"), false),
            (Some("bearer s3cret"), false),
            (Some("Basic s3cret"), false),
            (Some("s3cret"), false),
            (None, false),
        ];
        for (value, want) in cases {
            let headers = value.map(with).unwrap_or_default();
            assert_eq!(authorised(&headers, "s3cret"), want, "{value:?}");
        }
    }

    #[test]
    fn dates_are_digits_and_dashes() {
        let cases = [
            ("2015-08-05", true),
            ("2015-08", true),
            ("2015", true),
            ("2015-08-05'; --", false),
            ("", false),
            ("-2015", false),
            ("2015-08-05T00:00", false),
        ];
        for (arg, ok) in cases {
            assert_eq!(date("since", arg).is_ok(), ok, "{arg:?}");
        }
    }
}
