/** A form's main button and the secondary one that closes it without saving, as GOV.UK groups them. */
export function FormButtons({ save, onCancel }: { save: string; onCancel: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {save}
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
