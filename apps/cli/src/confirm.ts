import { UsageError } from './errors.js'
import type { Context, Target } from './target.js'

/**
 * Asks before an order leaves the machine. `--yes` skips the question. A real account is named in the prompt
 * and must be confirmed by typing its user id; without a terminal to ask on, nothing is sent.
 */
export async function confirmOrder(ctx: Context, target: Target, summary: string): Promise<void> {
  if (ctx.opts.yes) {
    if (target.kind === 'real') ctx.out.note(`sending to ${target.label}: ${summary}`)
    return
  }
  if (!process.stdin.isTTY) {
    throw new UsageError(`not sent: ${summary} needs confirmation and stdin is not a terminal`, {
      code: 'CONFIRMATION_REQUIRED',
      hint: `pass --yes to send it to ${target.label}`,
    })
  }
  const prompts = await import('@clack/prompts')
  const io = { output: process.stderr }
  if (target.kind === 'real') {
    const userId = target.credentials.userId
    const answer = await prompts.text({
      message: `${summary}\n  This goes to the ${target.label}. Type ${userId} to send it:`,
      ...io,
    })
    if (prompts.isCancel(answer) || answer.trim() !== userId) {
      throw new UsageError('not sent: confirmation did not match', { code: 'NOT_CONFIRMED' })
    }
    return
  }
  const answer = await prompts.confirm({ message: `${summary} → ${target.label}. Send?`, initialValue: true, ...io })
  if (prompts.isCancel(answer) || answer !== true) throw new UsageError('not sent: cancelled', { code: 'NOT_CONFIRMED' })
}
