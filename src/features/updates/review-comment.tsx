/** What a reviewer asked the writers to change when they returned an update. */
export function ReviewComment({ comment }: { comment: string }) {
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s">What the reviewer asked you to change</h2>
      <p className="govuk-body app-pre-line">{comment}</p>
    </div>
  );
}
